using ToolKit.CodeFixes;
using static ToolKit.Generators.Tests.Infrastructure.CodeFixVerifier;

namespace ToolKit.Generators.Tests.CodeFixes;

/// <summary>TK0023 fix: the optional parameter of a strict tool becomes nullable.</summary>
public sealed class MakeNullableCodeFixTests
{
    [Fact]
    public async Task A_value_type_parameter_gets_a_question_mark() => await VerifyAsync(new MakeNullableCodeFix(), """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Searches the index.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="limit">How many results, 10 by default.</param>
            [Tool(Strict = true)]
            public string Search(string query, int {|TK0023:limit|} = 10) => query + limit;
        }
        """, """
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Searches the index.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="limit">How many results, 10 by default.</param>
            [Tool(Strict = true)]
            public string Search(string query, int? limit = 10) => query + limit;
        }
        """, "Declare 'limit' as 'int?'");

    [Fact]
    public async Task A_reference_type_parameter_gets_a_question_mark() => await VerifyAsync(new MakeNullableCodeFix(), """
        using System.Collections.Generic;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Searches the index.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="language">A language code such as "en".</param>
            [Tool(Strict = true)]
            public string Search(string query, string {|TK0023:language|} = "en") => query + language;
        }
        """, """
        using System.Collections.Generic;
        using ToolKit;

        public partial class Tools
        {
            /// <summary>Searches the index.</summary>
            /// <param name="query">What to look for.</param>
            /// <param name="language">A language code such as "en".</param>
            [Tool(Strict = true)]
            public string Search(string query, string? language = "en") => query + language;
        }
        """, "Declare 'language' as 'string?'");
}
