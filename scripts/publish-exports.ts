console.log("publish-exports: not yet implemented");
