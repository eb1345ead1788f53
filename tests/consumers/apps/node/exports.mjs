// Prints the export names of every package named on the command line, loaded with `import`.
const names = {};
for (const name of process.argv.slice(2)) names[name] = Object.keys(await import(name)).sort();
console.log(JSON.stringify(names));
