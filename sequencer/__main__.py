from sequencer.cli.commands import main

main()
