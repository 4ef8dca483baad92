#!/usr/bin/env bash
# Unpacks the Keycloak server distribution of version $1 (from Maven Central, cached in ~/.m2) into $2/keycloak.
set -euo pipefail
version=$1 context=$2
mvn -q -B -ntp dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$version:tar.gz" -DoutputDirectory="$context"
mkdir -p "$context/keycloak"
tar -xzf "$context/keycloak-quarkus-dist-$version.tar.gz" -C "$context/keycloak" --strip-components=1
rm "$context/keycloak-quarkus-dist-$version.tar.gz"
