
# ---- lsorg: appended by the build to the script picocli generated from lsorg's command model ----
# Profile names come from the user's config file at the moment Tab is pressed (lsorg __complete profiles), so
# they are never stale; everything else is the generated completion above.
function _lsorg_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  if [[ "$prev" == "=" && $COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD-2]}
  fi
  if [[ "$prev" == "--profile" ]]; then
    [[ "$cur" == "=" ]] && cur=""
    local IFS=$'\n'
    COMPREPLY=( $(compgen -W "$("${COMP_WORDS[0]}" __complete profiles 2>/dev/null)" -- "$cur") )
    return 0
  fi
  _complete_lsorg "$@"
}
complete -F _lsorg_complete -o default lsorg
