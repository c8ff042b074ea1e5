namespace ToolKit.Generators.Parsing;

/// <summary>Metadata names of the types the parser recognises.</summary>
internal static class KnownNames
{
    public const string ToolAttribute = "ToolKit.ToolAttribute";
    public const string StructuredOutputAttribute = "ToolKit.StructuredOutputAttribute";
    public const string ToolContext = "ToolKit.ToolContext";
    public const string ToolResult = "ToolKit.ToolResult";
    public const string FromServicesAttributeName = "FromServicesAttribute";

    public const string DescriptionAttribute = "System.ComponentModel.DescriptionAttribute";
    public const string DefaultValueAttribute = "System.ComponentModel.DefaultValueAttribute";

    public const string DataAnnotations = "System.ComponentModel.DataAnnotations.";
    public const string RangeAttribute = DataAnnotations + "RangeAttribute";
    public const string StringLengthAttribute = DataAnnotations + "StringLengthAttribute";
    public const string MinLengthAttribute = DataAnnotations + "MinLengthAttribute";
    public const string MaxLengthAttribute = DataAnnotations + "MaxLengthAttribute";
    public const string LengthAttribute = DataAnnotations + "LengthAttribute";
    public const string RegularExpressionAttribute = DataAnnotations + "RegularExpressionAttribute";
    public const string EmailAddressAttribute = DataAnnotations + "EmailAddressAttribute";
    public const string UrlAttribute = DataAnnotations + "UrlAttribute";
    public const string RequiredAttribute = DataAnnotations + "RequiredAttribute";

    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string JsonIgnoreAttribute = "System.Text.Json.Serialization.JsonIgnoreAttribute";
    public const string JsonRequiredAttribute = "System.Text.Json.Serialization.JsonRequiredAttribute";
    public const string JsonConstructorAttribute = "System.Text.Json.Serialization.JsonConstructorAttribute";
    public const string JsonStringEnumMemberNameAttribute = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";

    public const string JsonElement = "System.Text.Json.JsonElement";
    public const string JsonNode = "System.Text.Json.Nodes.JsonNode";
    public const string JsonObject = "System.Text.Json.Nodes.JsonObject";
    public const string JsonArray = "System.Text.Json.Nodes.JsonArray";
    public const string FlagsAttribute = "System.FlagsAttribute";
}
