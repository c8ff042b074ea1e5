using System.Globalization;
using System.Text.Json;

namespace ToolKit.Emulator.Chat;

/// <summary>
/// The <c>error</c> object inside a 200 choice or a mid-stream chunk. The code is a number unless the fault's
/// <c>code=</c> is text (OpenRouter's docs show <c>"server_error"</c>), so clients meet both.
/// </summary>
internal sealed record ChoiceErrorInfo(string Code, string Message, string Provider)
{
    public static ChoiceErrorInfo From(EmulatorFault fault, string provider, string defaultMessage) =>
        new(fault.Code ?? "502", fault.Message ?? defaultMessage, provider);

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        if (int.TryParse(Code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            w.WriteNumber("code", number);
            w.WriteString("message", Message);
            w.WriteStartObject("metadata");
            w.WriteString("error_type", "provider_unavailable");
            w.WriteString("provider_name", Provider);
            w.WriteEndObject();
        }
        else
        {
            w.WriteString("code", Code);
            w.WriteString("message", Message);
        }

        w.WriteEndObject();
    }
}
