using CoeurDeVille.Web.Hosting;

var app = await CdvWebApp.CreateAsync(args);
await app.RunAsync();
