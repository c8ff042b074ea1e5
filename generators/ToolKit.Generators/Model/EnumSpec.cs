namespace ToolKit.Generators.Model;

/// <summary>An enum: its members and their JSON names. A <c>[Flags]</c> enum maps to an array of names.</summary>
internal sealed record EnumSpec(string Id, string TypeName, bool IsFlags, EquatableArray<EnumMemberSpec> Members);

/// <summary>An enum member and the string the model sees for it.</summary>
internal sealed record EnumMemberSpec(string Name, string JsonName, string Value, string? Description);
