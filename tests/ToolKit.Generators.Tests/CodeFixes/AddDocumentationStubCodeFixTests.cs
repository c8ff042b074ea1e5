using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0006 fix: an XML doc stub with a summary and a param tag for each undescribed argument.</summary>
public sealed class AddDocumentationStubCodeFixTests
{
    [Fact]
    public async Task An_undocumented_tool_gets_a_summary_and_param_tags_for_arguments_only() => await VerifyAsync(new AddDocumentationStubCodeFix(), """
        using System.Threading;
        using ToolKit;

        public partial class Tools
        {
            [Tool]
            public int {|TK0006:Add|}(int a, int b, CancellationToken cancellationToken) => a + b;
        }
        """, """
        using System.Threading;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>TODO: say what add does and when to use it.</summary>
            /// <param name="a">TODO: describe a.</param>
            /// <param name="b">TODO: describe b.</param>
            [Tool]
            public int Add(int a, int b, CancellationToken cancellationToken) => a + b;
        }
        """, "Add an XML doc comment stub");

    [Fact]
    public async Task Existing_doc_lines_and_descriptions_are_kept() => await VerifyAsync(new AddDocumentationStubCodeFix(), """
        using System.ComponentModel;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Adds three numbers.</summary>
            /// <param name="a">The first addend.</param>
            [Tool]
            public int Add(int a, [Description("The second addend.")] int b, int {|TK0006:c|}) => a + b + c;
        }
        """, """
        using System.ComponentModel;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Adds three numbers.</summary>
            /// <param name="a">The first addend.</param>
            /// <param name="c">TODO: describe c.</param>
            [Tool]
            public int Add(int a, [Description("The second addend.")] int b, int c) => a + b + c;
        }
        """, "Add an XML doc comment stub");
}
