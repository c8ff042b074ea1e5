using QuickStart;

// dotnet run --project samples/QuickStart [-- "your question"]
string question = args.Length > 0 ? string.Join(' ', args) : QuickStartApp.DefaultQuestion;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await QuickStartApp.RunAsync(question, Console.Out, Environment.GetEnvironmentVariable("OPENROUTER_API_KEY"), cancel.Token);
