using Dre.Bot.Auth;
using Dre.Bot.Conversations;
using Dre.Bot.Demo;
using Dre.Bot.Hosting;
using Dre.Bot.Notifications;
using Dre.Bot.Teams;
using Dre.Core;
using Dre.Core.Digest;
using Dre.OutlookAddin;

var builder = WebApplication.CreateBuilder(args);

builder.AddDreTelemetry();
builder.AddDreStore();
builder.AddDreDigest();
builder.AddDreAuthentication();
builder.AddDreApi();
builder.AddOutlookAddin();
builder.AddConversations();
builder.AddDemoData();
builder.AddTeamsBot();
builder.AddNotifications();

var app = builder.Build();

app.UseDreApi();
app.MapDreApi();
app.MapDevelopmentIssuer();
app.MapOutlookAddin();
app.MapTeamsBot();

app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
