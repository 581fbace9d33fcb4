// Which files of the paths a user names are read as pages or archives.
#include "extract/page_files.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/scratch_dir.h"

namespace newsq::internal {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

class PageFilesTest : public ::testing::Test {
 protected:
  std::string Touch(const std::string& name) {
    const fs::path path = scratch_.path() / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path) << "<html></html>";
    return path.string();
  }
  std::string Root() const { return scratch_.path().string(); }

  testing::ScratchDir scratch_{"page_files"};
};

TEST_F(PageFilesTest, AFolderGivesItsPagesCompressedOrNotAndItsArchives) {
  const std::string page = Touch("a/une.html");
  const std::string upper = Touch("a/DEUX.HTM");
  const std::string compressed = Touch("b/trois.html.gz");
  const std::string compressed_upper = Touch("b/quatre.SHTML.GZ");
  const std::string archive = Touch("crawl.warc.gz");
  Touch("b/notes.txt");
  Touch("b/data.gz");
  Touch(".cache/cinq.html");
  Touch("b/.six.html");

  const PageFiles found = CollectPageFiles({Root()});

  EXPECT_THAT(found.files,
              ElementsAre(upper, page, compressed_upper, compressed));
  EXPECT_THAT(found.archives, ElementsAre(archive));
  EXPECT_THAT(found.errors, IsEmpty());
}

TEST_F(PageFilesTest, ANamedFileIsReadWhateverItsNameAndAMissingOneIsAnError) {
  const std::string named = Touch("page.txt");
  const std::string missing = Root() + "/absent.html";

  const PageFiles found = CollectPageFiles({named, missing});

  EXPECT_THAT(found.files, ElementsAre(named));
  EXPECT_THAT(found.errors,
              ElementsAre(missing + ": no such file or directory"));
}

}  // namespace
}  // namespace newsq::internal
