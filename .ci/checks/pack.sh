#!/usr/bin/env bash
# Packs src/ToolKit and builds a fresh project that consumes the package from a local folder:
# the generator must ship inside it (analyzers/dotnet/cs) and the consumer must build and dispatch.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
version="0.0.0-check.$(date +%s)"
dotnet pack src/ToolKit -c Release -o "$work/feed" -p:Version="$version" >"$work/pack.log" 2>&1 || { cat "$work/pack.log"; exit 1; }
nupkg="$work/feed/ToolKit.$version.nupkg"
unzip -l "$nupkg" >"$work/contents.txt"
grep -q "analyzers/dotnet/cs/ToolKit.Generators.dll" "$work/contents.txt" || { echo "generator missing from $nupkg"; cat "$work/contents.txt"; exit 1; }
grep -q "analyzers/dotnet/cs/ToolKit.CodeFixes.dll" "$work/contents.txt" || { echo "code fixes missing from $nupkg"; cat "$work/contents.txt"; exit 1; }
grep -q "lib/net10.0/ToolKit.dll" "$work/contents.txt" || { echo "runtime missing from $nupkg"; exit 1; }

mkdir -p "$work/consumer"
cat >"$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="toolkit-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
cat >"$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ToolKit" Version="$version" />
  </ItemGroup>
</Project>
XML
cat >"$work/consumer/Program.cs" <<'CS'
using ToolKit;

IToolSet tools = new Greeter();
ToolResult result = await tools.InvokeAsync(new ToolCall("1", "greet", """{"name":"Ada"}"""), new ToolContext("1", "greet"));
Console.WriteLine(tools.Definitions[0].ParametersSchemaText);
Console.WriteLine(result.Content);

public partial class Greeter
{
    /// <summary>Greets someone.</summary>
    /// <param name="name">Who to greet.</param>
    [Tool]
    public string Greet(string name) => $"Hello, {name}!";
}
CS
# Keep the consumer out of this repository's Directory.Build.props and central package versions.
echo '<Project />' >"$work/consumer/Directory.Build.props"
echo '<Project />' >"$work/consumer/Directory.Packages.props"
output=$(cd "$work/consumer" && dotnet run --packages "$work/packages" 2>&1) || { echo "$output"; exit 1; }
echo "$output"
grep -qF 'Hello, Ada!' <<<"$output" || { echo "consumer did not dispatch"; exit 1; }
grep -qF '{"type":"object","properties":{"name":{"type":"string","description":"Who to greet."}},"required":["name"],"additionalProperties":false}' <<<"$output" \
  || { echo "consumer schema differs"; exit 1; }
rm -rf "$work"
