
# Autoloaded from fpath, this file's first run is itself a completion request: answer it too.
if [[ ${zsh_eval_context[-1]} == loadautofunc ]]; then
  _bash_complete -o default -F _lsorg_complete
fi
