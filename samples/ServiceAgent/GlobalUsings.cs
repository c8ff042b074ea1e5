global using Microsoft.Extensions.Options;
global using ToolKit;
global using ToolKit.OpenRouter;
