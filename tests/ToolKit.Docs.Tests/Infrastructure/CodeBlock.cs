using System.Text.RegularExpressions;

namespace ToolKit.Docs.Tests.Infrastructure;

/// <summary>A ```csharp block of a Markdown file.</summary>
/// <param name="Document">The file name, for example <c>agent.md</c>.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The code, without the fences.</param>
public sealed partial record CodeBlock(string Document, int Line, string Code)
{
    /// <summary>Every ```csharp block of <paramref name="path"/>, in order.</summary>
    public static IReadOnlyList<CodeBlock> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        var blocks = new List<CodeBlock>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!CSharpFence().IsMatch(lines[i]))
            {
                continue;
            }

            int start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.Add(lines[i]);
            }

            blocks.Add(new CodeBlock(Path.GetFileName(path), start + 1, string.Join('\n', code)));
        }

        return blocks;
    }

    /// <summary>Shown by the test runner, so a failing block is easy to find.</summary>
    public override string ToString() => $"{Document}:{Line}";

    [GeneratedRegex(@"^\s*```(csharp|cs|c#)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CSharpFence();
}
