"""Launch scripts for dxgym GRPO on verl (shell). A package only so they ship inside the installed
dxgym and every node has them; run them with bash, not Python."""
