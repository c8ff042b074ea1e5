using System.Text.Json;
using System.Text.Json.Serialization;

namespace ToolKit.OpenRouter.Models;

/// <summary>
/// One part of multimodal message content, such as <c>{"type":"text","text":"..."}</c> or
/// <c>{"type":"image_url","image_url":{"url":"..."}}</c>. Part types that are not modelled here (<c>file</c>,
/// <c>input_audio</c>, <c>video_url</c>, <c>cache_control</c> markers) keep their fields in
/// <see cref="AdditionalProperties"/>.
/// </summary>
public sealed class ContentPart
{
    /// <summary>The part type: <c>text</c>, <c>image_url</c>, <c>file</c>, <c>input_audio</c>, ...</summary>
    [JsonPropertyName("type")]
    public required string Type { get; set; }

    /// <summary>The text of a <c>text</c> part.</summary>
    [JsonPropertyName("text")]
    public string? Text { get; set; }

    /// <summary>The image of an <c>image_url</c> part.</summary>
    [JsonPropertyName("image_url")]
    public ImageUrl? ImageUrl { get; set; }

    /// <summary>Fields of this part that have no property here; sent and received as they are.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }

    /// <summary>A text part.</summary>
    public static ContentPart CreateText(string text) => new() { Type = "text", Text = text };

    /// <summary>An image part from a URL or a <c>data:</c> URI.</summary>
    /// <param name="url">An https URL or a base64 data URI.</param>
    /// <param name="detail">Optional detail level: <c>auto</c>, <c>low</c> or <c>high</c>.</param>
    public static ContentPart CreateImage(string url, string? detail = null) =>
        new() { Type = "image_url", ImageUrl = new ImageUrl { Url = url, Detail = detail } };
}

/// <summary>The image of an <c>image_url</c> content part.</summary>
public sealed class ImageUrl
{
    /// <summary>An https URL or a base64 data URI.</summary>
    [JsonPropertyName("url")]
    public required string Url { get; set; }

    /// <summary>Detail level: <c>auto</c>, <c>low</c> or <c>high</c>.</summary>
    [JsonPropertyName("detail")]
    public string? Detail { get; set; }
}
