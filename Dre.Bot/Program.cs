using Dre.Bot.Auth;
using Dre.Bot.Conversations;
using Dre.Bot.Demo;
using Dre.Bot.Hosting;
using Dre.Core;
using Dre.OutlookAddin;

var builder = WebApplication.CreateBuilder(args);

builder.AddDreStore();
builder.AddDreAuthentication();
builder.AddDreApi();
builder.AddOutlookAddin();
builder.AddConversations();
builder.AddDemoData();

var app = builder.Build();

app.UseDreApi();
app.MapDreApi();
app.MapDevelopmentIssuer();

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
