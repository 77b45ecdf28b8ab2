using Dre.Service.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddDreService();

var app = builder.Build();
app.MapDreService();
app.Run();

/// <summary>Entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
