// Prints the export names of every package named on the command line, loaded with `require`.
const names = {};
for (const name of process.argv.slice(2)) names[name] = Object.keys(require(name)).sort();
console.log(JSON.stringify(names));
