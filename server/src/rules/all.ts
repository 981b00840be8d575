// Loads every diagnostic family into the registry. Add a family here when you add its file.
import './core';
import './clauses';
