namespace Dre.Service.Demo;

public static class DemoDataExtensions
{
    public static WebApplicationBuilder AddDemoData(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        builder.Services.AddHostedService<DemoContactsSeeder>();
        return builder;
    }
}
