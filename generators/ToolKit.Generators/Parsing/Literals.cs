using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using ToolKit.Generators.Model;

namespace ToolKit.Generators.Parsing;

/// <summary>Default values as C# expressions and JSON text.</summary>
internal static class Literals
{
    /// <summary>The default for a constant of <paramref name="type"/>, or null when it cannot be written as JSON.</summary>
    public static DefaultValueSpec? FromConstant(object? value, TypeSpec type, ITypeSymbol typeSymbol)
    {
        if (value is null)
        {
            // 'default' for a value type, or null.
            if (typeSymbol.IsValueType && !type.IsNullable)
            {
                return new DefaultValueSpec("default", DefaultJson(type));
            }

            return new DefaultValueSpec("null", "null");
        }

        if (type.Kind == JsonKind.Enum && type.Enum is { } enumSpec)
        {
            ITypeSymbol enumSymbol = typeSymbol is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : typeSymbol;
            IFieldSymbol? member = enumSymbol.GetMembers().OfType<IFieldSymbol>()
                .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, value));
            if (enumSpec.IsFlags || member is null)
            {
                string cast = "(" + type.TypeName + ")" + Convert.ToString(value, CultureInfo.InvariantCulture);
                return new DefaultValueSpec(cast, enumSpec.IsFlags ? FlagsJson(value, enumSymbol, enumSpec) : null);
            }

            EnumMemberSpec spec = enumSpec.Members.First(m => m.Name == member.Name);
            return new DefaultValueSpec(type.TypeName + "." + Emitting.Identifiers.Escape(member.Name), JsonString(spec.JsonName));
        }

        switch (value)
        {
            case string s:
                return new DefaultValueSpec(SymbolDisplay.FormatLiteral(s, quote: true), JsonString(s));
            case char c:
                return new DefaultValueSpec(SymbolDisplay.FormatLiteral(c, quote: true), JsonString(c.ToString()));
            case bool b:
                return new DefaultValueSpec(b ? "true" : "false", b ? "true" : "false");
            case float f:
                return float.IsNaN(f) || float.IsInfinity(f) ? null : new DefaultValueSpec(f.ToString("R", CultureInfo.InvariantCulture) + "F", f.ToString("R", CultureInfo.InvariantCulture));
            case double d:
                return double.IsNaN(d) || double.IsInfinity(d) ? null : new DefaultValueSpec(d.ToString("R", CultureInfo.InvariantCulture) + "D", d.ToString("R", CultureInfo.InvariantCulture));
            case decimal m:
                return new DefaultValueSpec(m.ToString(CultureInfo.InvariantCulture) + "M", m.ToString(CultureInfo.InvariantCulture));
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                string text = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                string suffix = value switch { uint => "U", long => "L", ulong => "UL", _ => "" };
                return new DefaultValueSpec("(" + type.TypeName + ")" + text + suffix, text);
            default:
                return null;
        }
    }

    // A [Flags] default as the array of names the result writer would write, or null when some bits have no name.
    private static string? FlagsJson(object value, ITypeSymbol enumSymbol, EnumSpec spec)
    {
        ulong bits = Bits(value);
        ulong covered = 0;
        var names = new List<string>();
        foreach (EnumMemberSpec member in spec.Members)
        {
            IFieldSymbol? field = enumSymbol.GetMembers(member.Name).OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue);
            ulong memberBits = field is null ? 0 : Bits(field.ConstantValue!);
            if (memberBits != 0 && (bits & memberBits) == memberBits)
            {
                covered |= memberBits;
                names.Add(JsonString(member.JsonName));
            }
        }

        return covered == bits ? "[" + string.Join(",", names) + "]" : null;
    }

    private static ulong Bits(object value) =>
        value is ulong u ? u : unchecked((ulong)Convert.ToInt64(value, CultureInfo.InvariantCulture));

    private static string? DefaultJson(TypeSpec type) => type.Kind switch
    {
        JsonKind.Boolean => "false",
        JsonKind.Integer or JsonKind.Number => "0",
        _ => null,
    };

    /// <summary>
    /// The value of a property initializer when it is a literal, a negated literal or an enum member; otherwise
    /// <paramref name="isConstant"/> is false. Syntax only: no semantic model is needed.
    /// </summary>
    public static object? EvaluateInitializer(ExpressionSyntax expression, ITypeSymbol type, out bool isConstant)
    {
        isConstant = true;
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return literal.Token.Value is { } v ? ConvertTo(v, type, out isConstant) : null;
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression, Operand: LiteralExpressionSyntax negated }:
                object? number = negated.Token.Value;
                object? negative = number switch
                {
                    int i => -(long)i,
                    long l => -l,
                    double d => -d,
                    float f => -f,
                    decimal m => -m,
                    _ => null,
                };
                return negative is null ? Fail(out isConstant) : ConvertTo(negative, type, out isConstant);
            case MemberAccessExpressionSyntax access when Underlying(type) is { TypeKind: Microsoft.CodeAnalysis.TypeKind.Enum } enumType:
                IFieldSymbol? field = enumType.GetMembers(access.Name.Identifier.ValueText).OfType<IFieldSymbol>().FirstOrDefault();
                return field is { HasConstantValue: true } ? field.ConstantValue : Fail(out isConstant);
            case DefaultExpressionSyntax:
                return null;
            default:
                return Fail(out isConstant);
        }
    }

    private static ITypeSymbol Underlying(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } n ? n.TypeArguments[0] : type;

    private static object? Fail(out bool isConstant)
    {
        isConstant = false;
        return null;
    }

    private static object? ConvertTo(object value, ITypeSymbol type, out bool isConstant)
    {
        isConstant = true;
        try
        {
            switch (Underlying(type).SpecialType)
            {
                case SpecialType.System_String: return value as string ?? Fail(out isConstant);
                case SpecialType.System_Char: return value is char ? value : Fail(out isConstant);
                case SpecialType.System_Boolean: return value is bool ? value : Fail(out isConstant);
                case SpecialType.System_SByte: return Convert.ToSByte(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Byte: return Convert.ToByte(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Int16: return Convert.ToInt16(value, CultureInfo.InvariantCulture);
                case SpecialType.System_UInt16: return Convert.ToUInt16(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Int32: return Convert.ToInt32(value, CultureInfo.InvariantCulture);
                case SpecialType.System_UInt32: return Convert.ToUInt32(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Int64: return Convert.ToInt64(value, CultureInfo.InvariantCulture);
                case SpecialType.System_UInt64: return Convert.ToUInt64(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Single: return Convert.ToSingle(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Double: return Convert.ToDouble(value, CultureInfo.InvariantCulture);
                case SpecialType.System_Decimal: return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
                default: return Fail(out isConstant);
            }
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            return Fail(out isConstant);
        }
    }

    /// <summary>A JSON string literal.</summary>
    public static string JsonString(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case '\b': text.Append("\\b"); break;
                case '\f': text.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029')
                    {
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('"').ToString();
    }

    /// <summary>A C# string literal.</summary>
    public static string CSharpString(string value) => SymbolDisplay.FormatLiteral(value, quote: true);
}
