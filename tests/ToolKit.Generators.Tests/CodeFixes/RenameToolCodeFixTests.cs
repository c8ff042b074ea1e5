using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0004 fix: a legal name in the Name argument.</summary>
public sealed class RenameToolCodeFixTests
{
    [Fact]
    public async Task Illegal_characters_become_underscores_in_the_Name_argument() => await VerifyAsync(new RenameToolCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            [Tool(Description = "Books a hotel room.", {|TK0004:Name = "book hotel!"|})]
            public string Book() => "booked";
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            [Tool(Description = "Books a hotel room.", Name = "book_hotel")]
            public string Book() => "booked";
        }
        """, "Rename the tool to 'book_hotel'");

    [Fact]
    public async Task A_name_made_only_of_illegal_characters_falls_back_to_the_method_name() => await VerifyAsync(new RenameToolCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Answers pong.</summary>
            [Tool({|TK0004:Name = "!!!"|})]
            public string PingServerAsync() => "pong";
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Answers pong.</summary>
            [Tool(Name = "ping_server")]
            public string PingServerAsync() => "pong";
        }
        """, "Rename the tool to 'ping_server'");

    [Fact]
    public async Task An_illegal_name_taken_from_the_method_gets_a_Name_argument() => await VerifyAsync(new RenameToolCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Gets the size of a box.</summary>
            [Tool]
            public int {|TK0004:GetGröße|}() => 1;

            /// <summary>Gets the weight of a box.</summary>
            [Tool()]
            public int GetWeight() => 1;
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Gets the size of a box.</summary>
            [Tool(Name = "get_gr_e")]
            public int GetGröße() => 1;

            /// <summary>Gets the weight of a box.</summary>
            [Tool()]
            public int GetWeight() => 1;
        }
        """, "Rename the tool to 'get_gr_e'");

    [Fact]
    public async Task An_illegal_structured_output_name_from_the_type_gets_a_Name_argument() => await VerifyAsync(new RenameToolCodeFix(), """
        using ToolKit;

        /// <summary>A plan.</summary>
        /// <param name="City">Where to go.</param>
        [StructuredOutput(Strict = true)]
        public sealed partial record {|TK0004:Späť|}(string City);
        """, """
        using ToolKit;

        /// <summary>A plan.</summary>
        /// <param name="City">Where to go.</param>
        [StructuredOutput(Strict = true, Name = "sp")]
        public sealed partial record Späť(string City);
        """, "Rename the tool to 'sp'");

    [Fact]
    public void Suggestions_are_legal_and_at_most_64_characters()
    {
        Assert.Equal("a_b-c", RenameToolCodeFix.Suggest("a b-c", null));
        Assert.Equal("gr_e", RenameToolCodeFix.Suggest("größe", null));
        Assert.Equal(64, RenameToolCodeFix.Suggest(new string('x', 100), null).Length);
        Assert.Equal("tool", RenameToolCodeFix.Suggest("", ""));
        Assert.Matches("^[a-zA-Z0-9_-]{1,64}$", RenameToolCodeFix.Suggest("  __ weird!! name __ ", null));
    }
}
