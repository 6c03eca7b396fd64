package org.quotesift;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pipeline's layering, as the README's "How it works" describes it. */
class ArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.quotesift");

  @Test
  void onlyTheCliKnowsPicocli() {
    noClasses().that().resideOutsideOfPackage("org.quotesift.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(MAIN);
  }

  @Test
  void stagesDoNotKnowTheCliOrTheRun() {
    noClasses().that().resideInAnyPackage("org.quotesift.input..", "org.quotesift.clean..",
            "org.quotesift.quote..", "org.quotesift.output..")
        .should().dependOnClassesThat().resideInAnyPackage("org.quotesift.cli..", "org.quotesift.run..")
        .check(MAIN);
  }

  @Test
  void quoteFindingKnowsNothingOfWhereTextCameFromOrWhereItGoes() {
    noClasses().that().resideInAPackage("org.quotesift.quote..")
        .should().dependOnClassesThat().resideInAnyPackage("org.quotesift.input..",
            "org.quotesift.clean..", "org.quotesift.output..")
        .check(MAIN);
  }

  @Test
  void cleaningKnowsNothingOfQuotesOrOutput() {
    noClasses().that().resideInAPackage("org.quotesift.clean..")
        .should().dependOnClassesThat().resideInAnyPackage("org.quotesift.quote..",
            "org.quotesift.output..")
        .check(MAIN);
  }

  @Test
  void outputKnowsNothingOfHowRecordsWereMade() {
    noClasses().that().resideInAPackage("org.quotesift.output..")
        .should().dependOnClassesThat().resideInAnyPackage("org.quotesift.input..",
            "org.quotesift.clean..", "org.quotesift.quote..")
        .check(MAIN);
  }
}
