using System.ClientModel;
using System.ClientModel.Primitives;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using OpenAI;
using ToolKit.OpenRouter;

namespace ToolKit.Benchmarks.Agents;

/// <summary>
/// The sides of the agent-run benchmark, against one emulator host process:
/// <list type="bullet">
/// <item>(a) ToolKit: <see cref="Agent"/> over <see cref="OpenRouterClient"/>, the tools from <c>[Tool]</c>;</item>
/// <item>(b) Microsoft.Extensions.AI: <c>FunctionInvokingChatClient</c> (<c>UseFunctionInvocation</c>) over the OpenAI
/// SDK's <see cref="IChatClient"/>, the same tool methods through <see cref="AIFunctionFactory"/>;</item>
/// <item>(c) an HTTP floor: the two requests ToolKit sends, as prepared bytes, through a plain
/// <see cref="HttpClient"/>, with the responses read into byte arrays. No JSON, no tools, no agent: what any client
/// pays to move the bytes.</item>
/// </list>
/// Everything is built once, as an app would; a run is one call. Both sides send one system and one user message and
/// get the same scripted answers: turn 1 calls both tools, turn 2 answers in text. A run throws unless its final
/// text is the scripted one.
/// </summary>
public sealed class AgentSides : IDisposable
{
    public const string Instructions = "You are a travel assistant. Use the tools for weather and money; never guess them.";
    public const string Question = "What's the weather in Paris in celsius for the next 3 days, and how much is 250 EUR in USD?";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly OpenRouterClient _openRouter;
    private readonly OpenAIClient _openAi;
    private readonly ChatOptions _chatOptions;
    private readonly HttpClient _floorHttp;
    private readonly AuthenticationHeaderValue _floorAuth;
    private readonly Uri _chatUri;
    private byte[][] _floorBodies = [];

    public AgentSides()
    {
        Emulator = new EmulatorProcess();
        Tools = new TravelTools();

        _openRouter = new OpenRouterClient(new OpenRouterOptions { ApiKey = Emulator.ApiKey, BaseUri = Emulator.BaseUri });
        ToolKitAgent = CreateAgent(EmulatorHost.SequentialModel);

        // As samples/MeaiAotAgent and the Microsoft.Extensions.AI docs do it; the same tool methods, the same names.
        _openAi = new OpenAIClient(new ApiKeyCredential(Emulator.ApiKey), new OpenAIClientOptions { Endpoint = Emulator.BaseUri });
        _chatOptions = new ChatOptions
        {
            Tools =
            [
                AIFunctionFactory.Create(Tools.GetWeather, TravelTools.WeatherTool, "Gets the weather forecast for a city."),
                AIFunctionFactory.Create(Tools.ConvertCurrency, TravelTools.CurrencyTool, "Converts an amount of money from one currency to another at today's rate."),
            ],
        };
        MeaiClient = CreateMeaiClient(EmulatorHost.SequentialModel);

        _floorHttp = new HttpClient(new SocketsHttpHandler()) { Timeout = Timeout.InfiniteTimeSpan };
        _floorAuth = new AuthenticationHeaderValue("Bearer", Emulator.ApiKey);
        _chatUri = new Uri(Emulator.BaseUri, "chat/completions");
    }

    public EmulatorProcess Emulator { get; }

    public TravelTools Tools { get; }

    /// <summary>(a), on the sequential model.</summary>
    public Agent ToolKitAgent { get; }

    /// <summary>(b), on the sequential model.</summary>
    public IChatClient MeaiClient { get; }

    /// <summary>An agent for another model id (the concurrent mode gives each run its own).</summary>
    public Agent CreateAgent(string model) => new(_openRouter, new AgentOptions
    {
        Models = [model],
        Instructions = Instructions,
        Tools = [Tools],
    });

    /// <summary>A function-invoking chat client for another model id.</summary>
    public IChatClient CreateMeaiClient(string model) =>
        _openAi.GetChatClient(model).AsIChatClient().AsBuilder().UseFunctionInvocation().Build();

    /// <summary>(a): one run.</summary>
    public async Task<string> ToolKitRunAsync(Agent agent)
    {
        AgentRun run = await agent.RunAsync(Question).ConfigureAwait(false);
        return run.Output == EmulatorHost.Answer ? run.Output : throw Unexpected("ToolKit", run.Output);
    }

    /// <summary>(b): one run.</summary>
    public async Task<string> MeaiRunAsync(IChatClient client)
    {
        List<ChatMessage> messages = [new(ChatRole.System, Instructions), new(ChatRole.User, Question)];
        ChatResponse response = await client.GetResponseAsync(messages, _chatOptions).ConfigureAwait(false);
        string text = response.Messages[^1].Text;
        return text == EmulatorHost.Answer ? text : throw Unexpected("Microsoft.Extensions.AI", text);
    }

    /// <summary>(c): the two requests of a ToolKit run as prepared bytes, responses read to arrays.</summary>
    public async Task<int> FloorRunAsync()
    {
        int bytes = 0;
        foreach (byte[] body in _floorBodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, _chatUri);
            request.Headers.Authorization = _floorAuth;
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = Json;
            using HttpResponseMessage response = await _floorHttp.SendAsync(request).ConfigureAwait(false);
            byte[] answer = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            bytes += response.IsSuccessStatusCode ? answer.Length : throw new InvalidOperationException($"The floor got {(int)response.StatusCode}.");
        }

        return bytes;
    }

    /// <summary>
    /// Runs each side once and checks it: the final text, both tools called, and (with recording copies of the two
    /// clients) that both sides received the same response bytes but for the generation id and timestamp. Captures
    /// ToolKit's two request bodies for the floor. Returns a report for the docs.
    /// </summary>
    public string Verify()
    {
        var report = new StringBuilder();
        long calls = Tools.Calls;
        ToolKitRunAsync(ToolKitAgent).GetAwaiter().GetResult();
        Check("ToolKit", calls + 2);
        IReadOnlyList<string> toolKitBodies = Emulator.Bodies(2);
        _floorBodies = [.. toolKitBodies.Select(Encoding.UTF8.GetBytes)];

        calls = Tools.Calls;
        MeaiRunAsync(MeaiClient).GetAwaiter().GetResult();
        Check("Microsoft.Extensions.AI", calls + 2);
        IReadOnlyList<string> meaiBodies = Emulator.Bodies(2);

        if (FloorRunAsync().GetAwaiter().GetResult() == 0)
        {
            throw new InvalidOperationException("The floor read nothing.");
        }

        // The same runs through recording handlers: the responses each side read, byte for byte.
        var toolKitResponses = new RecordingHandler();
        using (var http = new HttpClient(toolKitResponses))
        using (var client = new OpenRouterClient(http, new OpenRouterOptions { ApiKey = Emulator.ApiKey, BaseUri = Emulator.BaseUri }))
        {
            ToolKitRunAsync(new Agent(client, new AgentOptions { Models = [EmulatorHost.SequentialModel], Instructions = Instructions, Tools = [Tools] }))
                .GetAwaiter().GetResult();
        }

        var meaiResponses = new RecordingHandler();
        using (var http = new HttpClient(meaiResponses))
        {
            var openAi = new OpenAIClient(new ApiKeyCredential(Emulator.ApiKey), new OpenAIClientOptions
            {
                Endpoint = Emulator.BaseUri,
                Transport = new HttpClientPipelineTransport(http),
            });
            MeaiRunAsync(openAi.GetChatClient(EmulatorHost.SequentialModel).AsIChatClient().AsBuilder().UseFunctionInvocation().Build())
                .GetAwaiter().GetResult();
        }

        if (toolKitResponses.Bodies.Count != 2 || meaiResponses.Bodies.Count != 2)
        {
            throw new InvalidOperationException($"Expected two responses per run; ToolKit read {toolKitResponses.Bodies.Count}, M.E.AI {meaiResponses.Bodies.Count}.");
        }

        for (int turn = 0; turn < 2; turn++)
        {
            string a = Normalize(toolKitResponses.Bodies[turn]);
            string b = Normalize(meaiResponses.Bodies[turn]);
            if (a != b)
            {
                throw new InvalidOperationException($"Turn {turn + 1}: the two sides read different responses:\n{a}\n{b}");
            }

            report.Append("Turn ").Append(turn + 1).Append(": the same response on both sides (generation id, timestamp and prompt-token estimate aside), ")
                .Append(toolKitResponses.Bodies[turn].Length).Append(" / ").Append(meaiResponses.Bodies[turn].Length)
                .Append(" bytes; request bodies: ToolKit ").Append(toolKitBodies[turn].Length)
                .Append(" bytes, M.E.AI ").Append(meaiBodies[turn].Length).Append(" bytes.").AppendLine();
        }

        report.Append("Final text on both sides: ").Append(EmulatorHost.Answer);
        return report.ToString();

        void Check(string who, long expectedCalls)
        {
            if (Tools.Calls != expectedCalls)
            {
                throw new InvalidOperationException($"{who}: {Tools.Calls - expectedCalls + 2} tool calls ran, not 2.");
            }
        }

        // The emulator estimates prompt tokens (and so the cost) from the request, and the requests differ (the tool
        // schemas, and in turn 2 the tool results, are written differently): those numbers are left out too.
        static string Normalize(string body)
        {
            body = Regex.Replace(body, "gen-[0-9]+-[A-Za-z0-9]+", "gen-ID");
            body = Regex.Replace(body, "\"created\":[0-9]+", "\"created\":0");
            return Regex.Replace(body, "\"(prompt_tokens|total_tokens|cost|upstream_inference_prompt_cost)\":[0-9.]+", "\"$1\":N");
        }
    }

    public void Dispose()
    {
        _openRouter.Dispose();
        _floorHttp.Dispose();
        Emulator.Dispose();
    }

    private static InvalidOperationException Unexpected(string who, string? text) =>
        new($"{who}: the run ended with \"{text}\", not the scripted answer.");

    /// <summary>Keeps a copy of every response body.</summary>
    private sealed class RecordingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            byte[] body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            lock (Bodies)
            {
                Bodies.Add(Encoding.UTF8.GetString(body));
            }

            var copy = new ByteArrayContent(body);
            foreach (KeyValuePair<string, IEnumerable<string>> header in response.Content.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = copy;
            return response;
        }
    }
}
