#pragma once
// The small atlas GeoPackage the layers tests share (written by AtlasTest.cpp), and a test suite
// base that loads it once per suite: the suite owns the scratch folder and the atlas read from it.

#include <gtest/gtest.h>

#include <string>

#include "TestSupport.hpp"
#include "layers/Atlas.hpp"
#include "layers/AtlasReader.hpp"

namespace ecotown::test {

// Writes the fixture GeoPackage into `folder`; returns its path.
std::string writeAtlasFixture(const std::string& folder);

class AtlasFixture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        s_dir = new ScratchDir;
        s_atlas =
            new layers::Atlas(layers::readBundledAtlas(writeAtlasFixture(s_dir->path().string())));
    }
    static void TearDownTestSuite() {
        delete s_atlas;
        delete s_dir;
        s_atlas = nullptr;
        s_dir = nullptr;
    }
    // Shared by every suite derived from this one; suites run one after another.
    static inline ScratchDir* s_dir = nullptr;
    static inline layers::Atlas* s_atlas = nullptr;
};

}  // namespace ecotown::test
