using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;
using OpenAI;
using MeaiAotAgent;
using QuickStart;

// The same question, model and tools as samples/AotAgent, on Microsoft.Extensions.AI + the OpenAI SDK, against the
// emulator named by TOOLKIT_EMULATOR_URL (measure.sh starts one).
const string Question = "What's the weather in Paris in celsius, and how much is 250 EUR in USD?";
const string Model = "anthropic/claude-sonnet-4";
string url = Environment.GetEnvironmentVariable("TOOLKIT_EMULATOR_URL")
    ?? throw new InvalidOperationException("Set TOOLKIT_EMULATOR_URL to a running emulator's API root.");

var openAi = new OpenAIClient(new ApiKeyCredential("sk-or-v1-emulator-key"), new OpenAIClientOptions { Endpoint = new Uri(url) });
IChatClient chat = openAi.GetChatClient(Model).AsIChatClient().AsBuilder().UseFunctionInvocation().Build();

var tools = new TravelTools(DateOnly.FromDateTime(DateTime.UtcNow));
JsonSerializerOptions json = PeerJsonContext.Default.Options;
var options = new ChatOptions
{
    Tools =
    [
        AIFunctionFactory.Create(tools.GetWeather, new AIFunctionFactoryOptions { Name = "get_weather", Description = "Gets the weather forecast for a city.", SerializerOptions = json }),
        AIFunctionFactory.Create(tools.ConvertCurrency, new AIFunctionFactoryOptions { Name = "convert_currency", Description = "Converts an amount of money from one currency to another at today's rate.", SerializerOptions = json }),
    ],
    ToolMode = ChatToolMode.Auto,
};

List<ChatMessage> messages =
[
    new(ChatRole.System, "You are a travel assistant. Use the tools for weather and money; never guess them."),
    new(ChatRole.User, Question),
];

Console.WriteLine($"Using the OpenRouter emulator at {url}");
Console.WriteLine($"> {Question}");
var answer = new System.Text.StringBuilder();
await foreach (ChatResponseUpdate update in chat.GetStreamingResponseAsync(messages, options))
{
    foreach (AIContent content in update.Contents)
    {
        switch (content)
        {
            case FunctionCallContent call:
                Console.WriteLine($"  tool {call.Name}");
                break;
            case FunctionResultContent result:
                Console.WriteLine($"    = {result.Result}");
                break;
        }
    }

    answer.Append(update.Text);
}

Console.WriteLine($"  answer: {answer}");
TimeSpan sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
Console.WriteLine($"first answer after {sinceStart.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms since process start");
