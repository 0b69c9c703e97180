// sdks/java/pom.xml: coordinates, name, licence and SCM from generators/project.json, the one SDK
// version, Java 11 bytecode without warnings, Jackson as the only dependency. `mvn verify` builds the
// jar, sources and javadoc jars and runs the unit tests; `-Pcontract` runs only the contract suite.
// Every plugin is pinned (the dependency plugin gives bench/sdk-java its class path; deploy 3 takes the
// release workflow's `id::url` repository), so builds repeat offline.
import type { project as Project } from '../project.ts';

export const VERSIONS = {
  jackson: '2.18.2',
  junit: '5.11.4',
  // Only the tests use it: the SDK reads an active span reflectively and depends on no OpenTelemetry artifact.
  opentelemetry: '1.44.1',
  compiler: '3.13.0',
  surefire: '3.5.2',
  jar: '3.4.2',
  source: '3.3.1',
  javadoc: '3.11.2',
  install: '3.1.3',
  resources: '3.3.1',
  clean: '3.4.0',
  dependency: '3.8.1',
  deploy: '3.1.3',
};

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function emitPom(project: typeof Project, version: string): string {
  const java = project.packages.java;
  const repository = project.repository as string;
  const plugin = (artifact: string, pluginVersion: string, body = '') => `      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>${artifact}</artifactId>
        <version>${pluginVersion}</version>${body}
      </plugin>
`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated from generators/project.json by generators/java. Do not edit: change the generator. -->
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>

  <groupId>${java.groupId}</groupId>
  <artifactId>${java.artifactId}</artifactId>
  <version>${version}</version>
  <packaging>jar</packaging>

  <name>${xml(project.name)} Java SDK</name>
  <description>${xml(project.description)}</description>
  <url>${xml(project.homepage)}</url>
  <licenses>
    <license>
      <name>${project.license}</name>
      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>
      <distribution>repo</distribution>
    </license>
  </licenses>
  <developers>
    <developer>
      <name>${xml(project.author)}</name>
      <organization>${xml(project.name)}</organization>
      <organizationUrl>${xml(project.homepage)}</organizationUrl>
    </developer>
  </developers>
  <scm>
    <url>${xml(repository)}</url>
    <connection>scm:git:${xml(repository)}.git</connection>
    <developerConnection>scm:git:${xml(repository.replace('https://github.com/', 'git@github.com:'))}.git</developerConnection>
  </scm>

  <properties>
    <maven.compiler.release>11</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <project.reporting.outputEncoding>UTF-8</project.reporting.outputEncoding>
  </properties>

  <dependencies>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
      <version>${VERSIONS.jackson}</version>
    </dependency>
    <dependency>
      <groupId>org.junit.jupiter</groupId>
      <artifactId>junit-jupiter</artifactId>
      <version>${VERSIONS.junit}</version>
      <scope>test</scope>
    </dependency>
    <dependency>
      <groupId>io.opentelemetry</groupId>
      <artifactId>opentelemetry-api</artifactId>
      <version>${VERSIONS.opentelemetry}</version>
      <scope>test</scope>
    </dependency>
  </dependencies>

  <build>
    <!-- The licence travels inside the jar, as a published artifact's META-INF/LICENSE. -->
    <resources>
      <resource>
        <directory>src/main/resources</directory>
      </resource>
      <resource>
        <directory>\${project.basedir}</directory>
        <targetPath>META-INF</targetPath>
        <includes>
          <include>LICENSE</include>
        </includes>
      </resource>
    </resources>
    <plugins>
${plugin('maven-clean-plugin', VERSIONS.clean)}${plugin('maven-resources-plugin', VERSIONS.resources)}${plugin('maven-compiler-plugin', VERSIONS.compiler, `
        <configuration>
          <compilerArgs>
            <arg>-Xlint:all</arg>
            <!-- Every public and protected member of the exported packages is documented; a doclint
                 warning fails the compile (here, not only in the javadoc run, whose up-to-date check
                 misses edited sources). -->
            <arg>-Xdoclint:all/protected</arg>
            <arg>-Xdoclint/package:-io.cognitionos.internal</arg>
          </compilerArgs>
          <failOnWarning>true</failOnWarning>
        </configuration>
        <executions>
          <execution>
            <!-- The tests are compiled into the module (patched in): they use the JDK's HTTP server and the test jars. -->
            <id>default-testCompile</id>
            <configuration>
              <compilerArgs combine.self="override">
                <arg>-Xlint:all,-module</arg>
                <arg>--add-modules</arg>
                <arg>jdk.httpserver</arg>
                <arg>--add-reads</arg>
                <arg>io.cognitionos=jdk.httpserver,ALL-UNNAMED</arg>
              </compilerArgs>
            </configuration>
          </execution>
        </executions>`)}${plugin('maven-surefire-plugin', VERSIONS.surefire, `
        <configuration>
          <!-- The tests run on the class path: they reach the SDK's internals, which the module does not export. -->
          <useModulePath>false</useModulePath>
          <excludes>
            <exclude>**/contract/**</exclude>
          </excludes>
          <trimStackTrace>true</trimStackTrace>
          <statelessTestsetReporter implementation="org.apache.maven.plugin.surefire.extensions.junit5.JUnit5Xml30StatelessReporter">
            <usePhrasedTestCaseMethodName>true</usePhrasedTestCaseMethodName>
          </statelessTestsetReporter>
        </configuration>`)}${plugin('maven-jar-plugin', VERSIONS.jar, `
        <configuration>
          <archive>
            <manifestEntries>
              <Automatic-Module-Name>${java.package}</Automatic-Module-Name>
            </manifestEntries>
          </archive>
        </configuration>`)}${plugin('maven-source-plugin', VERSIONS.source, `
        <executions>
          <execution>
            <id>attach-sources</id>
            <goals>
              <goal>jar-no-fork</goal>
            </goals>
          </execution>
        </executions>`)}${plugin('maven-javadoc-plugin', VERSIONS.javadoc, `
        <configuration>
          <!-- The published javadoc jar under the same doclint as the compile above. -->
          <doclint>all</doclint>
          <failOnWarnings>true</failOnWarnings>
          <quiet>true</quiet>
        </configuration>
        <executions>
          <execution>
            <id>attach-javadocs</id>
            <goals>
              <goal>jar</goal>
            </goals>
          </execution>
        </executions>`)}${plugin('maven-install-plugin', VERSIONS.install)}${plugin('maven-deploy-plugin', VERSIONS.deploy)}${plugin('maven-dependency-plugin', VERSIONS.dependency)}    </plugins>
  </build>

  <profiles>
    <!-- The contract suite, run by test/contract/run.ts against live servers: mvn -Pcontract test -->
    <profile>
      <id>contract</id>
      <build>
        <plugins>
${plugin('maven-surefire-plugin', VERSIONS.surefire, `
            <configuration>
              <includes>
                <include>**/contract/*Test.java</include>
              </includes>
              <excludes combine.self="override"/>
              <reportsDirectory>\${project.build.directory}/contract-reports</reportsDirectory>
            </configuration>`).replace(/^/gm, '    ')}        </plugins>
      </build>
    </profile>
  </profiles>
</project>
`;
}
