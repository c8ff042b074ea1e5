using System.Text;
using System.Text.Json.Serialization;
using ToolKit.OpenRouter.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// The <c>content</c> of a message: either plain text (sent as a JSON string) or a list of content parts (sent as an
/// array, for images, files and audio).
/// </summary>
[JsonConverter(typeof(MessageContentConverter))]
public sealed class MessageContent
{
    /// <summary>Plain text content.</summary>
    public MessageContent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
    }

    /// <summary>Content made of parts.</summary>
    public MessageContent(IEnumerable<ContentPart> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Parts = [.. parts];
    }

    /// <summary>The text, when the content is a plain string.</summary>
    public string? Text { get; }

    /// <summary>The parts, when the content is an array.</summary>
    public IReadOnlyList<ContentPart>? Parts { get; }

    /// <summary>The text of the content: the string itself, or the text parts joined.</summary>
    public string GetText()
    {
        if (Text is not null)
        {
            return Text;
        }

        var builder = new StringBuilder();
        foreach (ContentPart part in Parts ?? [])
        {
            if (part.Type == "text")
            {
                builder.Append(part.Text);
            }
        }

        return builder.ToString();
    }

    /// <summary>Plain text content.</summary>
    public static implicit operator MessageContent(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => GetText();
}
