using ServiceAgent;

// dotnet run --project samples/ServiceAgent, then:
// curl -N -X POST http://127.0.0.1:5080/ask -H 'Content-Type: application/json' -d '{"question":"Weather in Paris?"}'
await using WebApplication app = await ServiceAgentApp.CreateAsync(args);
await app.RunAsync();
