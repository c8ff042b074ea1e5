namespace ToolKit.Tests.Tools;

// These tools exist to test recursive schemas ($defs/$ref), which Google Gemini rejects (TK0008); Gemini is not targeted here.
#pragma warning disable TK0008

public sealed record TreeNode(string Name, List<TreeNode>? Children = null);

public sealed class Chain
{
    public required int Value { get; set; }

    public Chain? Next { get; set; }
}

public sealed record Folder(string Name, List<Document> Documents);

public sealed record Document(string Title, Folder? Parent = null);

/// <summary>Tools for the "recursive types" row of the type table: $defs and $ref.</summary>
public sealed partial class RecursiveTools
{
    [Tool]
    public TreeNode EchoTree(TreeNode root) => root;

    [Tool]
    public int SumChain(Chain chain)
    {
        int sum = 0;
        for (Chain? link = chain; link is not null; link = link.Next)
        {
            sum += link.Value;
        }

        return sum;
    }

    [Tool]
    public Folder EchoFolder(Folder folder) => folder;
}
