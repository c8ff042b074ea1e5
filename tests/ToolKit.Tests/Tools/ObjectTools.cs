using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ToolKit.Tests.Tools;

// A positional record: constructor parameters; those with defaults are optional.
public sealed record Address(string Street, string City, string? Zip = null, int Floor = 0);

// A class bound through settable, init and required members.
public sealed class Person
{
    public required string Name { get; set; }

    public int Age { get; set; }

    public string Nickname { get; set; } = "none";

    public string? Email { get; set; }

    public List<string> Tags { get; set; } = [];

    public string Title { get; init; } = "Mx";

    public int? Score { get; init; }

    public List<string> Aliases { get; init; } = ["anon"];

    [JsonIgnore]
    public string Secret { get; set; } = "hidden";

    public string Display => $"{Title} {Name}";
}

// A struct with settable properties, an explicit constructor and a property initializer.
public struct Dimensions
{
    public Dimensions()
    {
    }

    public double Width { get; set; }

    public double Height { get; set; } = 1.5;
}

// A positional record struct: its constructor parameters are required.
public readonly record struct Coordinate(double Latitude, double Longitude);

// A class with a constructor and an extra settable property.
public sealed class Order
{
    public Order(string sku, int quantity = 1)
    {
        Sku = sku;
        Quantity = quantity;
    }

    public string Sku { get; }

    public int Quantity { get; }

    public string? Note { get; set; }

    [Required]
    public int Rank { get; set; }
}

// A type whose constructor validates its argument.
public sealed class Percentage
{
    public Percentage(int value)
    {
        if (value > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "a percentage cannot exceed 100");
        }

        Value = value;
    }

    public int Value { get; }
}

/// <summary>Echo tools for the record, class and struct row of the type table.</summary>
public sealed partial class ObjectTools
{
    [Tool]
    public Address EchoAddress(Address address) => address;

    [Tool]
    public Person EchoPerson(Person person) => person;

    [Tool]
    public Dimensions EchoDimensions(Dimensions dimensions) => dimensions;

    [Tool]
    public Coordinate EchoCoordinate(Coordinate coordinate) => coordinate;

    [Tool]
    public Order EchoOrder(Order order) => order;

    [Tool]
    public int EchoPercentage(Percentage percentage) => percentage.Value;
}
