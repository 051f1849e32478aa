package textview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

func container2(top, center fyne.CanvasObject) fyne.CanvasObject {
	return container.NewBorder(top, nil, nil, nil, center)
}
