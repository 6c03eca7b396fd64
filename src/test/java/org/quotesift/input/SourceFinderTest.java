package org.quotesift.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFinderTest {

  @TempDir Path dir;

  private List<String> names(List<String> operands, List<String> errors) {
    List<String> names = new ArrayList<>();
    new SourceFinder(operands, (n, r) -> errors.add(n + ": " + r))
        .forEachRemaining(s -> names.add(s.name()));
    return names;
  }

  @Test
  void walksRecursivelyInSortedOrderSkippingHiddenEntries() throws IOException {
    Files.createDirectories(dir.resolve("b/inner"));
    Files.createDirectories(dir.resolve(".git"));
    for (String f : List.of("c.txt", "a.txt", "b/inner/z.html", "b/m.txt", ".hidden.txt", ".git/x")) {
      Files.writeString(dir.resolve(f), "x");
    }
    List<String> errors = new ArrayList<>();
    List<String> names = names(List.of(dir.toString()), errors);
    assertThat(names).containsExactly(dir.resolve("a.txt").toString(),
        dir.resolve("b/inner/z.html").toString(), dir.resolve("b/m.txt").toString(),
        dir.resolve("c.txt").toString());
    assertThat(errors).isEmpty();
  }

  @Test
  void operandsKeepTheirOrderAndNamesAsWritten() throws IOException {
    Files.writeString(dir.resolve("x.txt"), "x");
    List<String> errors = new ArrayList<>();
    String asWritten = dir + "/./x.txt";
    assertThat(names(List.of("-", asWritten), errors)).containsExactly("-", asWritten);
  }

  @Test
  void missingOperandsAndEmptyDirectoriesAreReportedAndTheWalkGoesOn() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Path file = Files.writeString(dir.resolve("ok.txt"), "x");
    List<String> errors = new ArrayList<>();
    List<String> names = names(List.of(dir.resolve("nope.txt").toString(), empty.toString(),
        file.toString()), errors);
    assertThat(names).containsExactly(file.toString());
    assertThat(errors).containsExactly(dir.resolve("nope.txt") + ": no such file or directory",
        empty + ": directory holds no input files");
  }

  @Test
  void aWalkSkipsTheCollectionsOwnDocumentsUnlessIncludedOrNamed() throws IOException {
    for (String f : List.of("a.txt", "README.txt", "LICENSE", "Provenance.md", "readme-notes.txt")) {
      Files.writeString(dir.resolve(f), "x");
    }
    List<String> errors = new ArrayList<>();
    assertThat(names(List.of(dir.toString()), errors)).containsExactly(
        dir.resolve("a.txt").toString(), dir.resolve("readme-notes.txt").toString());
    List<String> included = new ArrayList<>();
    new SourceFinder(List.of(dir.toString()), new WalkOptions(List.of("*.txt"), List.of(), false),
        (n, r) -> errors.add(n)).forEachRemaining(src -> included.add(src.name()));
    assertThat(included).contains(dir.resolve("README.txt").toString());
    assertThat(names(List.of(dir.resolve("LICENSE").toString()), errors))
        .containsExactly(dir.resolve("LICENSE").toString());
    assertThat(errors).isEmpty();
  }
}
