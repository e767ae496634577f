#include <gtest/gtest.h>
TEST(Render, Placeholder) {}
