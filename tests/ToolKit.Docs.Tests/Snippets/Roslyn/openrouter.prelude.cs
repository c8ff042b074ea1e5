// The variables docs/openrouter.md's blocks use without declaring, for OpenRouterDocCompilationTests. The blocks
// follow these statements, in order; openrouter.types.cs has the usings and types.
string? apiKey = null;
CancellationToken cancellationToken = CancellationToken.None;
IServiceCollection services = new ServiceCollection();
ChatRequest chatRequest = new() { Model = "openai/gpt-4o", Messages = [ChatMessage.User("Tell me a story")] };
