using System.ComponentModel.DataAnnotations;

namespace ToolKit.Tests.Tools;

public sealed record Signup(
    [property: EmailAddress] string Email,
    [Range(13, 120)] int Age,
    [property: Url] string? Homepage = null,
    [property: MinLength(1), MaxLength(3)] List<string>? Interests = null);

/// <summary>DataAnnotations become schema keywords and binder checks.</summary>
public sealed partial class AnnotationTools
{
    [Tool]
    public double Percent([Range(0.0, 100.0)] double value) => value;

    [Tool]
    public double OpenUnitInterval([Range(0.0, 1.0, MinimumIsExclusive = true, MaximumIsExclusive = true)] double value) => value;

    [Tool]
    public int ExclusiveInteger([Range(0, 10, MinimumIsExclusive = true, MaximumIsExclusive = true)] int value) => value;

    [Tool]
    public byte NarrowedByte([Range(-50, 50)] byte value) => value;

    [Tool]
    public decimal Price([Range(typeof(decimal), "0.01", "1000")] decimal value) => value;

    [Tool]
    public string Code([StringLength(8, MinimumLength = 3)] string value) => value;

    [Tool]
    public string ShortText([MaxLength(5)] string value) => value;

    [Tool]
    public string LongText([MinLength(2)] string value) => value;

    [Tool]
    public string LengthText([Length(2, 4)] string value) => value;

    [Tool]
    public string[] Tags([MinLength(1), MaxLength(3)] string[] value) => value;

    [Tool]
    public List<int> SizedList([Length(2, 4)] List<int> value) => value;

    [Tool]
    public string Sku([RegularExpression("^[A-Z]{3}-[0-9]{4}$")] string value) => value;

    [Tool]
    public string Email([EmailAddress] string value) => value;

    [Tool]
    public string Website([Url] string value) => value;

    [Tool]
    public string Register(Signup signup) => $"{signup.Email}|{signup.Age}|{signup.Homepage}|{signup.Interests?.Count}";
}
