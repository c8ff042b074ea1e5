using System.Text;
using Microsoft.Extensions.Configuration;

namespace ToolKit.Hosting.Tests.Support;

/// <summary>Configuration written as appsettings.json text, as an app would have it.</summary>
internal static class TestConfiguration
{
    public static IConfigurationRoot FromJson(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}
