namespace ToolKit.Emulator.Server;

/// <summary>Generation ids (<c>gen-{unix}-{20 chars}</c>, like OpenRouter's) and tool-call ids, seedable for byte-exact tests.</summary>
internal sealed class IdGenerator(int? seed)
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly Lock _gate = new();
    private readonly Random _random = seed is { } s ? new Random(s) : new Random();

    public string GenerationId(DateTimeOffset now) => $"gen-{now.ToUnixTimeSeconds()}-{Next(20)}";

    public string ToolCallId() => "call_" + Next(24);

    private string Next(int length)
    {
        lock (_gate)
        {
            return string.Create(length, _random, static (span, random) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = Alphabet[random.Next(Alphabet.Length)];
                }
            });
        }
    }
}
