// The tests' main(): like gtest_main, but the locale comes from the environment (LC_ALL), so the
// suite can be run again under a comma-decimal locale to catch locale-dependent number handling.

#include <clocale>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
