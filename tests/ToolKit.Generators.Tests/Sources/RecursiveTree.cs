// Baseline input (d): recursive types. The schema must use $defs and $ref instead of expanding forever.
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using ToolKit;

namespace Samples.Trees;

/// <summary>A node of a tree.</summary>
public sealed class TreeNode
{
    /// <summary>The node's label.</summary>
    public string Name { get; set; } = "";

    /// <summary>The child nodes.</summary>
    public List<TreeNode> Children { get; set; } = new();
}

/// <summary>A category and its subcategories.</summary>
/// <param name="Title">The category's title.</param>
/// <param name="Subcategories">Nested categories.</param>
/// <param name="Parent">The enclosing category, if any.</param>
public sealed record Category(string Title, IReadOnlyList<Category> Subcategories, Category? Parent = null);

public partial class TreeTools
{
    /// <summary>Counts the nodes of a tree.</summary>
    /// <param name="root">The tree.</param>
    [Tool]
    public int CountNodes(TreeNode root)
    {
        int count = 1;
        foreach (TreeNode child in root.Children)
        {
            count += CountNodes(child);
        }

        return count;
    }

    /// <summary>Cuts a tree below a depth.</summary>
    /// <param name="root">The tree.</param>
    /// <param name="depth">How many levels to keep.</param>
    [Tool]
    public TreeNode Prune(TreeNode root, [Range(1, 10)] int depth) => root;

    /// <summary>Files a category.</summary>
    /// <param name="category">The category tree.</param>
    [Tool]
    public Category FileCategory(Category category) => category;
}
