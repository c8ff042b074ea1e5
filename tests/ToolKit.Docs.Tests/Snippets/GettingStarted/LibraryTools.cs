using System.ComponentModel.DataAnnotations;
using ToolKit;

namespace ToolKit.Docs.Tests.Snippets.GettingStartedDoc;

// docs/getting-started.md, step 3.
public sealed partial class LibraryTools
{
    private static readonly Book[] Shelf =
    [
        new("A Wizard of Earthsea", "Ursula K. Le Guin", 1968),
        new("The Left Hand of Darkness", "Ursula K. Le Guin", 1969),
        new("Kindred", "Octavia E. Butler", 1979),
    ];

    /// <summary>Finds the books on the shelf by an author.</summary>
    /// <param name="author">The author's name, for example "Butler".</param>
    /// <param name="max">How many books to return, 1 to 10.</param>
    [Tool]
    public IReadOnlyList<Book> FindBooks(string author, [Range(1, 10)] int max = 3) =>
        Shelf.Where(b => b.Author.Contains(author, StringComparison.OrdinalIgnoreCase)).Take(max).ToArray();
}

/// <summary>A book on the shelf.</summary>
/// <param name="Title">The title.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Year">When it was first published.</param>
public sealed record Book(string Title, string Author, int Year);
