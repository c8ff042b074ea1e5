using AotAgent;

// dotnet publish samples/AotAgent -c Release -r linux-x64, then run the binary [-- "your question"].
string question = args.Length > 0 ? string.Join(' ', args) : AotAgentApp.DefaultQuestion;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

return await AotAgentApp.RunAsync(question, Console.Out, cancel.Token);
