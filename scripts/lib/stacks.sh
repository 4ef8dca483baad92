# Stack config files (sourced by scripts/up.sh, scripts/pulumi.sh, scripts/pr-stack.sh and scripts/lib/base-plans.sh).

# stack_file_of STACK: prints Pulumi.STACK.yaml (the local stack's place) or stacks/Pulumi.STACK.yaml, relative to the
# current directory; fails when neither exists.
stack_file_of() {
  local file
  for file in "Pulumi.$1.yaml" "stacks/Pulumi.$1.yaml"; do
    [ -f "$file" ] && { echo "$file"; return 0; }
  done
  return 1
}

# known_stacks: the stacks that have a config file, comma-separated (for the message of a mistyped stack name).
known_stacks() {
  ls Pulumi.*.yaml stacks/Pulumi.*.yaml 2>/dev/null | sed 's|.*Pulumi\.\(.*\)\.yaml|\1|' | sort -u | paste -sd, -
}

# select_stack STACK STACK_FILE [pulumi stack select flags]: selects the stack, creating it when new. Creating it makes
# Pulumi write the stack's secrets settings (encryptionsalt, or secretsprovider and encryptedkey) to Pulumi.STACK.yaml
# next to Pulumi.yaml; when the stack's config is another file, those lines move there, so one file holds the stack.
select_stack() {
  local stack=$1 stack_file=$2 settings='^(encryptionsalt|secretsprovider|encryptedkey):'
  shift 2
  pulumi stack select --create "$stack" "$@"
  if [ "$stack_file" != "Pulumi.$stack.yaml" ] && [ -f "Pulumi.$stack.yaml" ]; then
    if ! grep -Eq "$settings" "$stack_file"; then
      { grep -E "$settings" "Pulumi.$stack.yaml" || true; cat "$stack_file"; } > "$stack_file.new"
      mv "$stack_file.new" "$stack_file"
    fi
    rm "Pulumi.$stack.yaml"
  fi
}
