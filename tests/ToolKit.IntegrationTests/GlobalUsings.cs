global using ToolKit.Chat;
global using ToolKit.IntegrationTests.Support;
