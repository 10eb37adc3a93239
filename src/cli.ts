console.log('gc-timeouts');
