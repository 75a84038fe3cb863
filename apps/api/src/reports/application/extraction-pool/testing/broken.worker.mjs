// A test double of extraction.worker.js that dies while loading (a broken build, a missing module).
throw new Error('scripted start failure');
