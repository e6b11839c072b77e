#include <cstdio>
int main() { std::puts("hashigo " HASHIGO_VERSION); return 0; }
