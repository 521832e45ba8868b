UPDATE logs SET msg = msg;
