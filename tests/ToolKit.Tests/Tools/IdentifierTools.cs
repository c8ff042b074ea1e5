namespace ToolKit.Tests.Tools;

/// <summary>Echo tools for the <c>Guid</c> and <c>Uri</c> rows of the type table.</summary>
public sealed partial class IdentifierTools
{
    [Tool]
    public Guid EchoGuid(Guid value) => value;

    [Tool]
    public Uri EchoUri(Uri value) => value;

    [Tool]
    public string UriParts(Uri value) => $"{value.Scheme}|{value.Host}|{value.AbsolutePath}";
}
